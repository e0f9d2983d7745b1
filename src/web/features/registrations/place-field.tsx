import { Group, Input, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useId } from 'react';
import type { RegisterTypeDefinition } from '../../../shared/indicators/register-fields.js';
import { wijkAt } from '../../components/charts/geo-points.js';
import { WijkMapView as WijkMap } from '../../components/charts/lazy-charts.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Messages } from '../../i18n/messages.js';
import { useMe } from '../auth/session-context.js';
import { type PlaceMode, type PlaceState, placeModes } from './register-form-model.js';
import type { WijkList } from '../../lib/wijken.js';

interface PlaceFieldProps {
  place: RegisterTypeDefinition['place'];
  value: PlaceState;
  onChange: (value: PlaceState) => void;
  wijken: WijkList | null;
  error: string | undefined;
}

const modeLabel = (mode: PlaceMode, t: Messages): string =>
  mode === 'none'
    ? t.registrations.placeNone
    : mode === 'point'
      ? t.registrations.placePoint
      : t.registrations.placeWijk;

/** Where it happened: nothing (when optional), a point on the wijk map with an optional address, or a wijk. */
export function PlaceField({ place, value, onChange, wijken, error }: PlaceFieldProps) {
  const { t, fill, number } = useI18n();
  const me = useMe();
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const helpId = useId();
  const pointId = useId();
  const hasMap = wijken?.geojson !== null && wijken?.geojson !== undefined;
  const modes = placeModes(place).filter((mode) => mode !== 'point' || hasMap);
  const mode = modes.includes(value.mode) ? value.mode : (modes[0] ?? 'none');
  const pointWijk = value.point && hasMap ? wijkAt(wijken.geojson, value.point) : null;
  const set = (changes: Partial<PlaceState>) => onChange({ ...value, mode, ...changes });

  // Once the wijken are known, a mode the municipality cannot offer (a point without a map) falls back to the first
  // one it can, so what is sent is what is shown.
  const loaded = wijken !== null;
  useEffect(() => {
    if (loaded && modes.length > 0 && value.mode !== mode) onChange({ ...value, mode });
  }, [loaded, modes.length, value, mode, onChange]);

  if (modes.length === 0) return null;

  return (
    <div data-field="place">
      <Stack gap="sm">
        <Radio.Group
          value={mode}
          onChange={(next) => set({ mode: next })}
          label={t.registrations.place}
          description={t.registrations.placeHow}
          required={place === 'required'}
          name="placeMode"
        >
          <Group gap="lg" mt={6}>
            {modes.map((candidate) => (
              <Radio key={candidate} value={candidate} label={modeLabel(candidate, t)} />
            ))}
          </Group>
        </Radio.Group>

        {mode === 'wijk' && (
          <NativeSelect
            label={t.registrations.wijk}
            name="wijkCode"
            required={place === 'required'}
            value={value.wijkCode}
            error={error}
            onChange={(event) => set({ wijkCode: event.currentTarget.value })}
            data={[
              { value: '', label: t.registrations.choose },
              ...(wijken?.wijken ?? []).map((wijk) => ({ value: wijk.code, label: wijk.name })),
            ]}
          />
        )}

        {mode === 'point' && hasMap && (
          <Stack gap={6}>
            <Text size="sm" id={helpId}>
              {t.registrations.mapHelp}
            </Text>
            <WijkMap
              geojson={wijken.geojson}
              mapName={`wijken-${me.municipality.slug}`}
              value={value.point}
              onPick={(point) => set({ point })}
              label={fill(t.registrations.mapLabel, { municipality: me.municipality.name })}
              describedBy={`${helpId} ${pointId}`}
              invalid={error !== undefined}
              height={isPhone ? 300 : 380}
            />
            {wijken.attribution && (
              <Text className="map-attribution">
                {t.registrations.mapSource} {wijken.attribution}
              </Text>
            )}
            <Text size="sm" id={pointId} aria-live="polite" fw={value.point ? 600 : 400}>
              {value.point
                ? fill(pointWijk ? t.registrations.pointInWijk : t.registrations.pointOutside, {
                    lat: number(value.point.lat, 5),
                    lon: number(value.point.lon, 5),
                    wijk: pointWijk?.name ?? '',
                  })
                : t.registrations.noPoint}
            </Text>
            {error && <Input.Error role="alert">{error}</Input.Error>}
            <TextInput
              label={t.registrations.address}
              name="address"
              autoComplete="street-address"
              maxLength={300}
              value={value.address}
              onChange={(event) => set({ address: event.currentTarget.value })}
            />
          </Stack>
        )}
        {mode === 'none' && error && <Input.Error role="alert">{error}</Input.Error>}
      </Stack>
    </div>
  );
}
