/** What every x–y chart of the results is given: its size, axis titles, value formats and description. */
export interface XYChartProps {
  width: number;
  height?: number;
  xLabel: string;
  yLabel: string;
  /** Full value format (tooltips, marks) and short axis format. */
  format: (v: number) => string;
  axisFormat: (v: number) => string;
  /** Accessible description of the whole chart. */
  description: string;
}
