// "My requests" news: the requester's block requests and dealer flags are polled, and a decision made
// since they last looked (remembered per user in localStorage) becomes a notice in the header.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { User } from '../api/types.ts';
import { blockRequestsQuery, dealerFlagsQuery } from './decisions-api.ts';

const POLL_MS = 15_000;

export function useDecisionNotices(user: User, enabled: boolean) {
  const mine = { mine: true };
  const requests = useQuery({ ...blockRequestsQuery(mine), enabled, refetchInterval: POLL_MS });
  const flags = useQuery({ ...dealerFlagsQuery(mine), enabled, refetchInterval: POLL_MS });
  const [notices, setNotices] = useState<string[]>([]);

  useEffect(() => {
    if (!requests.data || !flags.data) return;
    const key = `ringside.decisions-seen.${user.username}`;
    const seen = JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, string> | null;
    const now: Record<string, string> = {};
    const news: string[] = [];
    const items = [
      ...requests.data.requests.map((request) => ({
        id: request.id,
        status: request.status,
        what: 'Block request',
      })),
      ...flags.data.flags.map((flag) => ({ id: flag.id, status: flag.status, what: 'Dealer flag' })),
    ];
    for (const item of items) {
      now[item.id] = item.status;
      // The first visit only learns the current state; afterwards every decision is news.
      if (seen && item.status !== 'pending' && seen[item.id] !== item.status)
        news.push(`${item.what} ${item.id} was ${item.status}.`);
    }
    localStorage.setItem(key, JSON.stringify(now));
    if (news.length > 0) setNotices((shown) => [...shown, ...news]);
  }, [requests.data, flags.data, user.username]);

  return { notices, dismiss: () => setNotices([]) };
}
