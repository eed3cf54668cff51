import type { Prompt } from './types';

/** "How exactly could you contribute?": the duties of the ad, and what the company says it needs (vision-strategy's section). */
export const contribute = (section: string): Prompt => ({
  id: 'contribute',
  section,
  question: {
    en: 'How exactly could you contribute to their goals?',
    nb: 'Hvordan kan akkurat du bidra til målene deres?',
    sv: 'Hur kan just du bidra till deras mål?',
  },
  guidance: {
    en: 'This is where you link their plans to your experience. Give one or two concrete examples of something you have done that they need now.',
    nb: 'Her knytter du planene deres til erfaringen din. Gi ett eller to konkrete eksempler på noe du har gjort som de trenger nå.',
    sv: 'Här kopplar du deras planer till din erfarenhet. Ge ett eller två konkreta exempel på något du har gjort som de behöver nu.',
  },
  evidence: {
    cues: {
      en: ['contribut', 'you will', "you'll", 'help us', 'we need', 'your role'],
      // `^`: the verb "bidra" must not be found inside "friskvårdsbidrag".
      nb: ['^bidra', 'du vil', 'vil du', 'du skal', 'du får ansvar', 'hjelpe oss', 'vi trenger', 'din rolle'],
      sv: ['^bidra', 'du kommer att', 'kommer du att', 'du ska', 'du ansvarar', 'hjälpa oss', 'vi behöver', 'din roll'],
    },
    // v66: what the company gave ("In 2025 we contributed $1.2 million to local causes") is no contribution of the reader's.
    notCues: { en: ['we contributed', 'we have contributed', 'we donated'], nb: ['vi bidro med', 'vi har bidratt med', 'vi donerte'], sv: ['vi bidrog med', 'vi har bidragit med', 'vi skänkte'] },
    headingCues: {
      en: ['responsibilit', 'what you will do', "what you'll do", 'your role', 'the role', 'about the role'],
      nb: ['arbeidsoppgave', 'oppgave', 'ansvar', 'din rolle', 'om stillingen'],
      sv: ['arbetsuppgift', 'uppgift', 'ansvar', 'din roll', 'om rollen', 'om tjänsten'],
    },
    clipKinds: ['job-ad', 'company'],
    jobAdFields: ['responsibilities'],
  },
});
