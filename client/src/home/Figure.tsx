// A figure of the home page: the number, what it counts, and a link to the list behind it.
import { formatNumber } from '../format.ts';

export function Figure({
  value,
  label,
  href,
  warnWhenAny = false,
}: {
  value: number | string;
  label: string;
  href: string;
  /** Marked when above zero: what waits on someone (overdue, awaiting a decision, failed logins). */
  warnWhenAny?: boolean;
}) {
  const warn = warnWhenAny && typeof value === 'number' && value > 0;
  return (
    <a className={warn ? 'figure warn' : 'figure'} href={href}>
      <strong>{typeof value === 'number' ? formatNumber(value) : value}</strong>
      <span>{label}</span>
    </a>
  );
}

/** A titled block of the home page; `href` links its title to the full list. */
export function HomeSection({
  title,
  href,
  children,
  wide,
}: {
  title: string;
  href?: string;
  children: React.ReactNode;
  wide?: boolean;
}) {
  return (
    <section className={wide ? 'home-section wide' : 'home-section'} aria-label={title}>
      <h3>{href ? <a href={href}>{title}</a> : title}</h3>
      {children}
    </section>
  );
}
