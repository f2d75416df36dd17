import { explorerLinkFor } from './use-open-from-address.ts';

/** An IMEI, number, dealer, identity or complaint anywhere in the app: one click puts it on the canvas. */
export function NodeLink({ id, text }: { id: string; text?: string }) {
  return (
    <a href={explorerLinkFor([id])} className="node-link" title="Open on the canvas">
      {text ?? id.slice(id.indexOf(':') + 1)}
    </a>
  );
}
