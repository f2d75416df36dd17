// The current view from the URL hash (#/review), so views can be bookmarked and the back button works.
import { useEffect, useMemo, useState } from 'react';

const current = () => window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
const currentQuery = () => window.location.hash.split('?')[1] ?? '';

export function useHashView(): [string, (view: string) => void] {
  const [view, setView] = useState(current);
  useEffect(() => {
    const onChange = () => setView(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [view, (next) => (window.location.hash = `/${next}`)];
}

/** The parameters after the view in the address (#/map?ring=RING-…), read again when it changes. */
export function useHashParams(): URLSearchParams {
  const [query, setQuery] = useState(currentQuery);
  useEffect(() => {
    const onChange = () => setQuery(currentQuery());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return useMemo(() => new URLSearchParams(query), [query]);
}
