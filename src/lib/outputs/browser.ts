/**
 * The browser side of the note: copying and saving. Nothing here sends anything anywhere: the
 * clipboard and a local blob URL are all it touches. (The print header: print.ts.)
 */

/** Copies text. Tries the Clipboard API, then the older copy command; false if both are refused. */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// Refused (no permission, managed browser policy, not a secure context): try the old way.
	}
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.position = 'fixed';
	area.style.opacity = '0';
	document.body.append(area);
	area.select();
	try {
		return document.execCommand('copy');
	} catch {
		return false;
	} finally {
		area.remove();
	}
}

/** Saves text as a file through a local blob URL. */
export function downloadText(fileName: string, text: string, type = 'text/plain;charset=utf-8'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser time to start the download before the URL goes away.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
