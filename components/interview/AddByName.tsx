import { useState } from 'preact/hooks';

/** A one-line form that adds an item by its name (a person, a question, a document). */
export function AddByName({ label, button, onAdd }: { label: string; button: string; onAdd: (text: string) => void }) {
  const [text, setText] = useState('');
  return (
    <form
      class="iv-add"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        onAdd(text.trim());
        setText('');
      }}
    >
      <input value={text} aria-label={label} placeholder={label} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="submit" class="small">{button}</button>
    </form>
  );
}
