// The current view from the URL hash (#/review), so views can be bookmarked and the back button works.
import { useEffect, useState } from 'react';

const current = () => window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';

export function useHashView(): [string, (view: string) => void] {
  const [view, setView] = useState(current);
  useEffect(() => {
    const onChange = () => setView(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [view, (next) => (window.location.hash = `/${next}`)];
}
