import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { wijkAt } from '../../components/charts/geo-points.js';
import { WijkMapView } from '../../components/charts/lazy-charts.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { WijkList } from '../registrations/registrations.api.js';

/** A point (GPS or a tap on the map) or a wijk; null when no place is given. */
export type GuardPlace = { lat: number; lon: number } | { wijkCode: string } | null;

/** Where: the phone's GPS, a tap on the wijk map (drawn from the cached GeoJSON, so it works offline) or a wijk. */
export function GuardPlacePicker({
  value,
  onChange,
  wijken,
  error,
}: {
  value: GuardPlace;
  onChange: (place: GuardPlace) => void;
  wijken: WijkList | null;
  error?: string | undefined;
}) {
  const { t, fill } = useI18n();
  const [gps, setGps] = useState<'idle' | 'busy' | 'failed'>('idle');
  const helpId = useId();
  const point = value && 'lat' in value ? value : null;
  const inWijk = point && wijken?.geojson ? wijkAt(wijken.geojson, point) : null;

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setGps('failed');
      return;
    }
    setGps('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setGps('idle');
        onChange({
          lat: Math.round(position.coords.latitude * 1e6) / 1e6,
          lon: Math.round(position.coords.longitude * 1e6) / 1e6,
        });
      },
      () => setGps('failed'),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    );
  };

  return (
    <Stack gap="xs" component="fieldset" className="guard-fieldset">
      <legend>{t.guards.place}</legend>
      <Group gap="xs">
        <Button variant="light" onClick={locate} loading={gps === 'busy'}>
          {t.guards.useGps}
        </Button>
        {value && (
          <Button variant="subtle" onClick={() => onChange(null)}>
            {t.guards.noPlace}
          </Button>
        )}
      </Group>
      {gps === 'failed' && (
        <Text c="red.8" size="sm" role="alert">
          {t.guards.gpsFailed}
        </Text>
      )}
      {point && (
        <Text size="sm" aria-live="polite">
          {fill(t.guards.pointChosen, { lat: point.lat.toFixed(5), lon: point.lon.toFixed(5) })}{' '}
          {inWijk ? fill(t.guards.pointInWijk, { wijk: inWijk.name }) : t.guards.pointOutside}
        </Text>
      )}
      {wijken?.geojson ? (
        <>
          <Text size="sm" id={helpId}>
            {t.guards.pickOnMap}
          </Text>
          <WijkMapView
            geojson={wijken.geojson}
            mapName="guard-wijken"
            value={point}
            onPick={(p) => onChange({ lat: p.lat, lon: p.lon })}
            label={t.guards.pickMapLabel}
            describedBy={helpId}
            height={260}
            invalid={Boolean(error)}
          />
        </>
      ) : null}
      {wijken && wijken.wijken.length > 0 && (
        <NativeSelect
          label={t.guards.wijk}
          value={value && 'wijkCode' in value ? value.wijkCode : ''}
          onChange={(event) => onChange(event.currentTarget.value ? { wijkCode: event.currentTarget.value } : null)}
          data={[
            { value: '', label: t.guards.chooseOption },
            ...wijken.wijken.map((w) => ({ value: w.code, label: w.name })),
          ]}
        />
      )}
      {error && (
        <Text c="red.8" size="sm">
          {error}
        </Text>
      )}
    </Stack>
  );
}
