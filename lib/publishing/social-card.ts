/**
 * What the generated social cards (`opengraph-image` routes, 1200×630 PNG) need besides their
 * layout (components/SocialCard.tsx): their size and the font files. The fonts are Inter 400 and
 * 700 (SIL Open Font License, assets/fonts/LICENSE-Inter.txt), shipped in the repository so that
 * neither the build nor a running server fetches anything.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const
export const ARTICLE_CARD_ALT = 'The article’s title and topics'
export const TOPIC_CARD_ALT = 'The topic’s title'

const FONT_DIR = path.join(process.cwd(), 'assets/fonts')

interface CardFont {
  name: string
  data: ArrayBuffer
  weight: 400 | 700
  style: 'normal'
}

let fonts: Promise<CardFont[]> | undefined

async function readFont(file: string, weight: CardFont['weight']): Promise<CardFont> {
  const buffer = await readFile(path.join(FONT_DIR, file))
  return {
    name: 'Inter',
    data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
    weight,
    style: 'normal',
  }
}

export function socialCardFonts(): Promise<CardFont[]> {
  fonts ??= Promise.all([readFont('inter-latin-400-normal.woff', 400), readFont('inter-latin-700-normal.woff', 700)])
  return fonts
}
