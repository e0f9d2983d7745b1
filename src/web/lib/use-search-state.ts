import { type Dispatch, type SetStateAction, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * Search parameters held as React state and mirrored into the address bar (replacing the entry). Unlike
 * react-router's setter, updates made in quick succession queue instead of overwriting each other, and a reload or
 * a link still opens the page as it was.
 */
export function useSearchState(): [URLSearchParams, Dispatch<SetStateAction<URLSearchParams>>] {
  const [urlSearch, setUrlSearch] = useSearchParams();
  const [search, setSearch] = useState(() => new URLSearchParams(urlSearch));
  useEffect(() => {
    if (search.toString() !== urlSearch.toString()) setUrlSearch(search, { replace: true });
  }, [search, urlSearch, setUrlSearch]);
  return [search, setSearch];
}
