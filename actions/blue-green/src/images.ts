/** Image references: `:latest` (or no tag) is refused, digests are preferred. */

/** Splits `registry/repo:tag@sha256:…` into its repository, tag and digest. */
export function splitImage(ref: string): { repo: string; tag?: string; digest?: string } {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag: string | undefined;
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { repo: rest, tag, digest };
}

/** Why a reference is refused, or undefined when it is acceptable. */
export function checkImageRef(ref: string): string | undefined {
  if (!ref || /\s/.test(ref)) return 'is not an image reference';
  const { repo, tag, digest } = splitImage(ref);
  if (!repo) return 'is not an image reference';
  if (digest !== undefined) {
    return /^sha256:[a-f0-9]{64}$/.test(digest)
      ? undefined
      : 'has a malformed digest (expected @sha256:<64 hex digits>)';
  }
  if (tag === undefined)
    return 'has no tag or digest, which means :latest; pin a digest or a version tag';
  if (tag === 'latest')
    return 'uses :latest, which is refused; pin a digest (preferred) or a version tag';
  return undefined;
}

export function isDigest(ref: string): boolean {
  return splitImage(ref).digest !== undefined;
}

/**
 * The new reference for a container, if `images` names it: by container name,
 * by full repository, or by the repository's last path segment.
 */
export function imageFor(
  images: ReadonlyMap<string, string>,
  containerName: string,
  currentImage: string,
): string | undefined {
  const repo = splitImage(currentImage).repo;
  return images.get(containerName) ?? images.get(repo) ?? images.get(repo.split('/').pop() ?? repo);
}
