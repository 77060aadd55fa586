// The interviewer's screens live in the URL hash, so a reload returns to the same place:
//   #/library  #/assessments  #/assessments/new  #/candidates  #/candidates/<digest>  #/settings
export type Route =
  | { view: 'library' }
  | { view: 'assessments' }
  | { view: 'new-assessment' }
  | { view: 'assessment'; groupId: string }
  | { view: 'candidates' }
  | { view: 'candidate'; digest: string }
  | { view: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'library') return { view: 'library' };
  if (parts[0] === 'settings') return { view: 'settings' };
  if (parts[0] === 'assessments' && parts[1] && /^[A-Za-z0-9-]{8,64}$/.test(parts[1]) && parts[1] !== 'new') return { view: 'assessment', groupId: parts[1] };
  if (parts[0] === 'assessments') return parts[1] === 'new' ? { view: 'new-assessment' } : { view: 'assessments' };
  if (parts[0] === 'candidates' && parts[1] && /^[0-9a-f]{64}$/.test(parts[1])) return { view: 'candidate', digest: parts[1] };
  return { view: 'candidates' };
}

export function routeHash(r: Route): string {
  switch (r.view) {
    case 'library':
      return '#/library';
    case 'assessments':
      return '#/assessments';
    case 'new-assessment':
      return '#/assessments/new';
    case 'assessment':
      return `#/assessments/${r.groupId}`;
    case 'candidates':
      return '#/candidates';
    case 'candidate':
      return `#/candidates/${r.digest}`;
    case 'settings':
      return '#/settings';
  }
}

/** Which rail entry a route belongs to. */
export function railOf(r: Route): 'library' | 'assessments' | 'candidates' | 'settings' {
  if (r.view === 'library') return 'library';
  if (r.view === 'settings') return 'settings';
  if (r.view === 'assessments' || r.view === 'new-assessment' || r.view === 'assessment') return 'assessments';
  return 'candidates';
}
