/** The longest side of a photo after compression on the phone. */
const maxSide = 1600;

const toBase64 = async (blob: Blob): Promise<string> => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/**
 * A photo made smaller on the phone (JPEG, at most 1600 px, quality 0.75) before it waits in the outbox; where the
 * browser cannot (no canvas), the original is kept and the server's size check decides.
 */
export async function compressPhoto(file: File): Promise<{ name: string; contentBase64: string; bytes: number }> {
  const baseName = file.name.replace(/\.[^.]+$/, '') || 'foto';
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.75));
    if (!blob || blob.size >= file.size) throw new Error('not smaller');
    return { name: `${baseName}.jpg`, contentBase64: await toBase64(blob), bytes: blob.size };
  } catch {
    return { name: file.name || 'foto.jpg', contentBase64: await toBase64(file), bytes: file.size };
  }
}
