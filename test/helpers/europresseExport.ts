/** Writes invented Europresse HTML exports, the older layout and the newer one, from one description. */

/** One invented Europresse document. */
export interface EuropresseDocument {
  publication: string;
  /** The header line as printed: `Communication, mardi 14 mars 2006, p. 16`. */
  header: string;
  /** A kicker above the headline (older layout). */
  kicker?: string;
  headline: string;
  author: string | null;
  paragraphs: string[];
  illustration?: string;
  note?: string;
  copyright: string;
  number: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const CERTIFICATE = (number: string) =>
  `<table bgcolor="#ffffff" align="center" width="100%"><tr><td align="center"><img src="logo.gif" alt="Certificat">${number}</td></tr><tr><td align="center">Ce certificat est émis à <b>Invented University</b> à des fins de visualisation personnelle et temporaire.</td></tr><tr><td align="center">Date d'émission : <b>2026-12-04</b></td></tr></table>`;

/**
 * The older layout: `DocPublicationName`, `DocHeader` spans split at the commas, `TitreArticleVisu`, loose
 * text apart by `<p></p>`, the number and the certificate; the meta declares ISO-8859-1 (the bytes are UTF-8).
 *
 * @example
 * ```ts
 * europresseOldHtml([doc]).includes('DocPublicationName'); // true
 * ```
 */
export function europresseOldHtml(documents: readonly EuropresseDocument[]): string {
  const body = documents.map((doc) => {
    const header = doc.header
      .split(/(?<=, )/)
      .map((piece) => `<span class="DocHeader">${escapeHtml(piece)}</span>`)
      .join('');
    const out = [
      '<table style="table-layout: fixed; width: 96%;"><tr><td style="TEXT-ALIGN: justify"><table id="tbHeaderImages"><tr><td id="celPublication"><img src="pub.gif"><br></td><td id="celPdf"></td></tr></table>',
      `<span class="DocPublicationName">${escapeHtml(doc.publication)}</span><br>${header}<br><br>`,
      doc.kicker === undefined ? '' : `${escapeHtml(doc.kicker)}<br>`,
      `<span class="TitreArticleVisu">${escapeHtml(doc.headline)}</span><br><br>`,
      doc.author === null ? '' : `${escapeHtml(doc.author)}<br><p></p>`,
      doc.paragraphs.map((paragraph) => escapeHtml(paragraph)).join('<p></p>'),
      `<p></p><b><i>${escapeHtml(doc.copyright)}</i></b><p></p>Numéro de document : ${doc.number}<br><br><br>`,
      CERTIFICATE(doc.number),
      '</td></tr></table>',
    ];
    return out.join('');
  });
  return `<html><head>\n<META http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">\n<script>SaveContent()</script></head><body>\n<form id="frmSave"><div><input type="button" value="Sauvegarder"></div></form>${body.join('\n<p><br><br>')}\n</body></html>`;
}

/**
 * The newer layout: one `<article>` a document with header, text, illustrations and notes, then the
 * number and the certificate.
 *
 * @example
 * ```ts
 * europresseNewHtml([doc]).includes('<article>'); // true
 * ```
 */
export function europresseNewHtml(documents: readonly EuropresseDocument[]): string {
  const body = documents.map((doc) => {
    const out = [
      '<article>',
      '<header>',
      `<div class="rdp__DocPublicationName"><span class="DocPublicationName">${escapeHtml(doc.publication)}</span></div>`,
      `<div class="rdp__DocHeader"><span class="DocHeader">${escapeHtml(doc.header)}</span></div>`,
      `<div class="titreArticle"><p class="titreArticleVisu rdp__articletitle">${escapeHtml(doc.headline)}</p></div>`,
      doc.author === null ? '' : `<div class="docAuthors">${escapeHtml(doc.author)}</div>`,
      '</header>',
      '<section><div class="DocText clearfix"><div class="docOcurrContainer">',
      ...doc.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
      '</div></div>',
      doc.illustration === undefined
        ? ''
        : `<div class="Illustrations"><p>Illustration(s) :</p><p>${escapeHtml(doc.illustration)}</p></div>`,
      doc.note === undefined ? '' : `<div class="Notes"><p>Note(s) :</p><p>${escapeHtml(doc.note)}</p></div>`,
      '</section>',
      `<footer><div class="Doc-LegalInfo"><small>${escapeHtml(doc.copyright)}</small></div><div class="publiC-lblNodoc">Numéro de document : ${doc.number}</div></footer>`,
      '</article>',
      CERTIFICATE(doc.number),
    ];
    return out.join('\n');
  });
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Europresse</title><style>.DocText{}</style></head><body>\n${body.join('\n')}\n</body></html>`;
}
