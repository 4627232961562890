// Text the KPI charts draw into their canvas (legend and tooltips), apart
// from de.ts so that the chart script does not load every UI string.
export const deChart = {
  /** Tooltip line of one value, e.g. "Frauen: 12,5 % (vorläufig)". */
  value: (label: string, value: string, provisional: boolean) =>
    `${label}: ${value}${provisional ? ' (vorläufig)' : ''}`,
  /** Legend label of the target line, e.g. "Ziel 2030: 80 %". */
  target: (year: number, value: string) => `Ziel ${year}: ${value}`,
  legendProvisionalLine: 'vorläufig (hohler Punkt, gestrichelte Linie)',
  legendProvisionalBar: 'vorläufig (schraffierter Balken)',
} as const;
