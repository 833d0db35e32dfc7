import { describe, expect, it } from 'vitest';
import { applyBehavior, metricProposal, quantity, type ScaleHistory } from '../src/hpa';

const s = (seconds: number) => seconds * 1000;
const fresh = (): ScaleHistory => ({ recommendations: [], events: [] });

describe('HPA arithmetic', () => {
  it('asks ready pods x value/target, within a 10 % tolerance', () => {
    const pods = {
      type: 'Pods',
      pods: { metric: { name: 'rps' }, target: { type: 'AverageValue', averageValue: '20' } },
    };
    expect(metricProposal(pods, 2, { perPodRps: 50, readyPods: 2 }, 0)?.replicas).toBe(5);
    expect(metricProposal(pods, 2, { perPodRps: 21, readyPods: 2 }, 0)?.replicas).toBe(2);
    const cpu = {
      type: 'Resource',
      resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
    };
    expect(metricProposal(cpu, 3, { perPodRps: 140, readyPods: 3 }, 100)?.replicas).toBe(6);
    expect(metricProposal(cpu, 3, { perPodRps: 140, readyPods: 3 }, 0)).toBeUndefined();
    expect(quantity('500m')).toBe(0.5);
    expect(quantity('2k')).toBe(2000);
  });

  it('default scale-up: the larger of +4 pods and +100 % per 15 s', () => {
    expect(applyBehavior(undefined, 1, 10, 0, fresh(), s)).toBe(5);
    expect(applyBehavior(undefined, 6, 30, 0, fresh(), s)).toBe(12);
  });

  it('policies count what was already scaled within their period; selectPolicy Min picks the least', () => {
    const h = fresh();
    h.events.push([0, 2]);
    const behavior = { scaleUp: { policies: [{ type: 'Pods', value: 2, periodSeconds: 60 }] } };
    expect(applyBehavior(behavior, 3, 10, s(30), h, s)).toBe(3);
    expect(applyBehavior(behavior, 3, 10, s(61), h, s)).toBe(5);
    const min = {
      scaleUp: {
        selectPolicy: 'Min',
        policies: [
          { type: 'Pods', value: 4, periodSeconds: 15 },
          { type: 'Percent', value: 50, periodSeconds: 15 },
        ],
      },
    };
    expect(applyBehavior(min, 4, 20, 0, fresh(), s)).toBe(6);
    expect(applyBehavior({ scaleUp: { selectPolicy: 'Disabled' } }, 4, 20, 0, fresh(), s)).toBe(4);
  });

  it('scale-down keeps the highest recommendation of its stabilization window', () => {
    const h = fresh();
    expect(applyBehavior(undefined, 8, 8, 0, h, s)).toBe(8);
    expect(applyBehavior(undefined, 8, 2, s(100), h, s)).toBe(8);
    expect(applyBehavior(undefined, 8, 2, s(301), h, s)).toBe(2);
    const tenPercent = {
      scaleDown: {
        stabilizationWindowSeconds: 0,
        policies: [{ type: 'Percent', value: 10, periodSeconds: 60 }],
      },
    };
    expect(applyBehavior(tenPercent, 20, 2, 0, fresh(), s)).toBe(18);
  });
});
