import { useEffect } from 'react';

/** Sets the document title to "`title` · diplograph" while the view is shown. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · diplograph`;
  }, [title]);
}
