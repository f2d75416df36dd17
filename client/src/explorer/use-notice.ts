// A short confirmation ("Block request … sent for review") that goes away by itself.
import { useEffect, useState } from 'react';

const SHOWN_MS = 8_000;

export function useNotice(): [string | undefined, (text: string) => void] {
  const [notice, setNotice] = useState<string>();
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(undefined), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return [notice, setNotice];
}
