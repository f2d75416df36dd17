// A short confirmation ("Block request … sent for review") that goes away by itself.
import { useEffect, useState, type ReactNode } from 'react';

const SHOWN_MS = 8_000;

export function useNotice(): [ReactNode, (notice: ReactNode) => void] {
  const [notice, setNotice] = useState<ReactNode>();
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(undefined), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return [notice, setNotice];
}
