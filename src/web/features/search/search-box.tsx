import { Box, Loader, Paper, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { SearchHit, SearchResult } from '../../../shared/api/search.schema.js';
import { caseTypes, isCaseTypeKey } from '../../../shared/cases/case-types.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { searchApi } from './search.api.js';

/** Wait this long after the last key before asking the server. */
export const searchDebounceMs = 250;

type State =
  { status: 'idle' } | { status: 'loading' } | { status: 'success'; result: SearchResult } | { status: 'error' };

/**
 * The header's search box: a combobox (ARIA 1.2) over a listbox grouped by kind. Arrow keys move through the hits,
 * Enter opens the active one (or the first), Escape closes the list (a second Escape clears the text).
 */
export function SearchBox() {
  const { t, fill, locale } = useI18n();
  const navigate = useNavigate();
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const baseId = useId();
  const listId = `${baseId}-list`;
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<State>({ status: 'idle' });
  const request = useRef(0);
  const wrapper = useRef<HTMLDivElement>(null);

  const text = q.trim();
  // New results and the reset of the active option are one update: an arrow key pressed the moment the results
  // arrive is never undone by a later reset.
  const show = (next: State) => {
    setState(next);
    setActive(-1);
  };
  useEffect(() => {
    if (text.length < 2) {
      show({ status: 'idle' });
      return;
    }
    const mine = ++request.current;
    show({ status: 'loading' });
    const timer = setTimeout(() => {
      searchApi.search(text).then(
        (result) => {
          if (request.current === mine) show({ status: 'success', result });
        },
        () => {
          if (request.current === mine) show({ status: 'error' });
        },
      );
    }, searchDebounceMs);
    return () => clearTimeout(timer);
  }, [text]);

  const hits: SearchHit[] = useMemo(
    () => (state.status === 'success' ? state.result.groups.flatMap((g) => g.hits) : []),
    [state],
  );

  const optionId = (index: number) => `${baseId}-option-${index}`;
  const go = (hit: SearchHit) => {
    setOpen(false);
    setQ('');
    void navigate(hit.href);
  };
  const detailOf = (hit: SearchHit): string | null => {
    if (hit.kind === 'case' && hit.detail && isCaseTypeKey(hit.detail)) return caseTypes[hit.detail].labels[locale];
    if (hit.kind === 'partner' && hit.detail) {
      return (t.partners.kindNames as Record<string, string>)[hit.detail] ?? hit.detail;
    }
    if (hit.kind === 'plan') return null;
    return hit.detail;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + hits.length + (current === -1 && step < 0 ? 1 : 0)) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? (open ? hits[0] : undefined);
      if (hit) {
        event.preventDefault();
        go(hit);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open && text.length > 0) setOpen(false);
      else setQ('');
      setActive(-1);
    }
  };

  const expanded = open && text.length >= 2;
  let index = -1;
  return (
    <Box
      ref={wrapper}
      pos="relative"
      style={{ flex: 1, minWidth: 0, maxWidth: '26rem' }}
      onBlur={(event) => {
        if (!wrapper.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <TextInput
        size="sm"
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        placeholder={t.search.placeholder}
        aria-label={t.search.label}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        type="search"
        rightSection={state.status === 'loading' && expanded ? <Loader size="xs" /> : null}
      />
      <Paper
        withBorder
        shadow="md"
        p="xs"
        id={listId}
        role="listbox"
        aria-label={t.search.label}
        hidden={!expanded}
        style={{
          position: isPhone ? 'fixed' : 'absolute',
          top: isPhone ? 60 : '100%',
          left: isPhone ? 8 : 0,
          right: isPhone ? 8 : undefined,
          width: isPhone ? undefined : 'max(100%, 26rem)',
          maxHeight: '70vh',
          overflowY: 'auto',
          display: expanded ? undefined : 'none',
          zIndex: 300,
          marginTop: 4,
        }}
      >
        {state.status === 'loading' && (
          <Text size="sm" c="dimmed" role="status">
            {t.search.searching}
          </Text>
        )}
        {state.status === 'error' && (
          <Text size="sm" c="red.8" role="status">
            {t.search.failed}
          </Text>
        )}
        {state.status === 'success' && state.result.groups.length === 0 && (
          <Text size="sm" role="status">
            {fill(t.search.none, { q: state.result.q })}
          </Text>
        )}
        {state.status === 'success' &&
          state.result.groups.map((group) => {
            const headingId = `${baseId}-group-${group.kind}`;
            return (
              <div key={group.kind} role="group" aria-labelledby={headingId}>
                <Text id={headingId} size="xs" fw={700} tt="uppercase" c="dimmed" mt={4}>
                  {t.search.kinds[group.kind]}
                </Text>
                {group.hits.map((hit) => {
                  index += 1;
                  const mine = index;
                  const detail = detailOf(hit);
                  return (
                    <div
                      key={`${hit.kind}-${hit.id}`}
                      id={optionId(mine)}
                      role="option"
                      aria-selected={mine === active}
                      className="search-option"
                      data-active={mine === active || undefined}
                      onMouseDown={(event) => event.preventDefault()}
                      onMouseEnter={() => setActive(mine)}
                      onClick={() => go(hit)}
                      style={{
                        padding: '4px 6px',
                        borderRadius: 4,
                        cursor: 'pointer',
                        background: mine === active ? 'var(--mantine-color-blue-light)' : undefined,
                        overflowWrap: 'anywhere',
                      }}
                    >
                      <Text size="sm" span>
                        {hit.title}
                      </Text>
                      {detail && (
                        <Text size="xs" c="dimmed" span>
                          {' · '}
                          {detail}
                        </Text>
                      )}
                    </div>
                  );
                })}
                {group.more && (
                  <Text size="xs" c="dimmed" role="presentation">
                    {t.search.more}
                  </Text>
                )}
              </div>
            );
          })}
      </Paper>
    </Box>
  );
}
