/** The objects of a rendered manifest (`helm template`, `helm get manifest`), empty documents skipped. */
export async function manifestDocuments<T extends object = ManifestObject>(manifest: string): Promise<T[]> {
  // yaml (about 50 ms to load bundled, measured) only when a manifest is read.
  const { parseAllDocuments } = await import('yaml');
  const objects: T[] = [];
  for (const doc of parseAllDocuments(manifest)) {
    const obj: unknown = doc.toJS();
    if (obj && typeof obj === 'object') objects.push(obj as T);
  }
  return objects;
}

export interface ManifestObject {
  kind?: string;
  metadata?: { name?: string; namespace?: string };
}
