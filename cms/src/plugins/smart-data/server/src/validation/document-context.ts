// What a document-service middleware receives, as far as ours read it.
export type Data = Record<string, unknown>;
export type DocumentContext = {
  uid: string;
  action: string;
  params: { data?: Data; documentId?: string; locale?: string };
};
