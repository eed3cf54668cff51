/**
 * Mail tools: a newsletter or a digest viewed in the browser ("mailchi.mp/…", "…list-manage.com", a
 * campaign archive) is the sender's, never the tool's. The tool's host names no company, and its
 * domain is never stored as a company's. Matched on the host's suffix.
 */
const MAIL_TOOLS: readonly string[] = [
  'mailchi.mp', 'list-manage.com', 'campaign-archive.com', 'mailchimp.com', 'createsend.com', 'cmail19.com', 'cmail20.com',
  'mailerlite.com', 'mlsend.com', 'sendinblue.com', 'brevo.com', 'sendibt3.com', 'sendgrid.net', 'mcsv.net', 'hubspotemail.net',
  'e.customeriomail.com', 'klaviyomail.com', 'constantcontact.com', 'myemail.constantcontact.com', 'getrevue.co', 'buttondown.email',
  'apsis.one', 'anpdm.com', 'mailpoet.com', 'mailjet.com', 'mjt.lu',
];

/** True for hosts of mail tools (newsletter senders and their web views). */
export function isMailToolHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return MAIL_TOOLS.some((tool) => host === tool || host.endsWith(`.${tool}`));
}
