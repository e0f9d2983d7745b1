/** Stored files (features/files). Part of `Database` (../schema.ts). */

export interface StoredFileTable {
  id: string;
  municipality_id: string;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  created_by: string | null;
  created_at: string;
}

export interface FilesTables {
  stored_file: StoredFileTable;
}
