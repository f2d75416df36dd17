/** The evidence pack of a block request, dealer flag, ring or case: a PDF the server makes and audits. */
const PATHS = {
  'block-request': 'block-requests',
  'dealer-flag': 'dealer-flags',
  ring: 'rings',
  case: 'cases',
} as const;

export function EvidencePackLink({ kind, id }: { kind: keyof typeof PATHS; id: string }) {
  return (
    <a
      className="evidence-pack"
      href={`/api/${PATHS[kind]}/${encodeURIComponent(id)}/evidence.pdf`}
      download={`ringside-evidence-${id}.pdf`}
      title={`The evidence pack of ${id}: a PDF with its hash and the certificate, audited`}
    >
      Evidence pack (PDF)
    </a>
  );
}
