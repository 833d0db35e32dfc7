/**
 * The local stand-in for the run's artifact storage: upload-artifact copies
 * files in under a name and a numeric id, download-artifact copies them out by
 * name or by id (`artifact-ids`), as the real actions do within one run.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export type Artifact = { id: number; name: string; dir: string };

export class ArtifactStore {
  private readonly artifacts = new Map<string, Artifact>();
  private nextId = 1;

  constructor(readonly root: string) {
    mkdirSync(root, { recursive: true });
  }

  list(): Artifact[] {
    return [...this.artifacts.values()];
  }

  byName(name: string): Artifact | undefined {
    return this.artifacts.get(name);
  }

  byId(id: number): Artifact | undefined {
    return this.list().find((a) => a.id === id);
  }

  /** Copies `paths` (files or directories) in; returns the new artifact, or undefined when no file matched. */
  upload(name: string, paths: string[], overwrite: boolean): Artifact | undefined {
    if (!/^[^"<>:|*?\\/\r\n]+$/.test(name)) throw new Error(`invalid artifact name "${name}"`);
    if (this.artifacts.has(name) && !overwrite) {
      throw new Error(
        `an artifact named "${name}" already exists in this run (set overwrite: true)`,
      );
    }
    const found = paths.filter((p) => existsSync(p));
    if (found.length === 0) return undefined;
    const artifact = {
      id: this.nextId++,
      name,
      dir: join(this.root, `${this.nextId - 1}-${name}`),
    };
    rmSync(artifact.dir, { recursive: true, force: true });
    mkdirSync(artifact.dir, { recursive: true });
    for (const p of found) {
      // A single directory uploads its contents, as the real action does.
      if (statSync(p).isDirectory() && found.length === 1)
        cpSync(p, artifact.dir, { recursive: true });
      else cpSync(p, join(artifact.dir, basename(p)), { recursive: true });
    }
    this.artifacts.set(name, artifact);
    return artifact;
  }

  download(artifact: Artifact, to: string): number {
    mkdirSync(to, { recursive: true });
    cpSync(artifact.dir, to, { recursive: true });
    return readdirSync(artifact.dir).length;
  }
}
