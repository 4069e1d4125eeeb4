/** Responses of the download endpoints, typed from the one table in src/config/security.ts. */
import { contentType, type FileKind } from "../../config/security.ts";

/** A static file's response: the body with its kind's Content-Type (what `astro dev` serves; hosts use the same table). */
export function fileResponse(body: string | Uint8Array, kind: FileKind): Response {
  return new Response(body as BodyInit, { headers: { "Content-Type": contentType(kind) } });
}
