// Where workflows live and what travels with them.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, workflowPaths } from './files';

describe('.github/workflows', () => {
  it('holds only regular files (GitHub runs no sub-folders and no symlinks)', () => {
    const dir = join(REPO_ROOT, '.github/workflows');
    const odd = readdirSync(dir).filter((name) => !lstatSync(join(dir, name)).isFile());
    expect(odd).toEqual([]);
  });
});

describe('workflow templates (workflows/)', () => {
  const templates = workflowPaths().filter((p) => p.startsWith('workflows/'));

  it('include the terraform caller template', () => {
    expect(templates).toContain('workflows/terraform.yml');
  });

  it.each(templates)('%s has a valid properties.json beside it', (path) => {
    const props = join(REPO_ROOT, path.replace(/\.ya?ml$/, '.properties.json'));
    expect(existsSync(props), `${props} is missing`).toBe(true);
    const data = JSON.parse(readFileSync(props, 'utf8')) as Record<string, unknown>;
    expect(typeof data.name === 'string' && data.name.length > 0).toBe(true);
    expect(typeof data.description === 'string' && data.description.length > 0).toBe(true);
    expect(Array.isArray(data.categories) && data.categories.length > 0).toBe(true);
    for (const pattern of (data.filePatterns as unknown[] | undefined) ?? []) {
      expect(typeof pattern).toBe('string');
      expect(() => new RegExp(pattern as string)).not.toThrow();
    }
    const allowed = [
      'name',
      'description',
      'iconName',
      'categories',
      'filePatterns',
      'creator',
      'labels',
    ];
    expect(Object.keys(data).filter((k) => !allowed.includes(k))).toEqual([]);
  });

  it.each(templates)(
    '%s calls the library by a release ref, not ./ (consumers have no copy of it)',
    (path) => {
      const text = readFileSync(join(REPO_ROOT, path), 'utf8');
      expect(text).not.toMatch(/uses:\s*\.\//);
      expect(text).toMatch(/uses:\s*medimind\/delivery\/[\w./-]+@(v\d+|[0-9a-f]{40})/);
    },
  );
});
