/** Complete content objects for component tests; override what a test is about. */
import type { Reference } from '@/lib/editorial/bibliography'
import type { Article, Author, Topic } from '@/lib/content/schema'

export function makeArticle(overrides: Partial<Article> = {}): Article {
  const slug = overrides.slug ?? 'omega-3-and-the-skin'
  return {
    title: 'Omega-3 and the skin',
    summary: 'What the trials of fish oil for eczema and acne show.',
    publishedAt: new Date('2026-09-14T00:00:00Z'),
    status: 'published',
    topics: ['nutrients'],
    author: 'wren-writer',
    slug,
    sourcePath: `articles/${slug}.md`,
    bodyMarkdown: 'Body.',
    bodyHtml: '<p>Body.</p>',
    ...overrides,
  }
}

export function makeTopic(slug: string, title: string, order?: number): Topic {
  return {
    slug,
    title,
    description: `Articles about ${title.toLowerCase()}.`,
    ...(order === undefined ? {} : { order }),
    sourcePath: `topics/${slug}.md`,
    bodyMarkdown: '',
    bodyHtml: '',
  }
}

export function makeAuthor(overrides: Partial<Author> = {}): Author {
  return {
    slug: 'rhea-reviewer',
    name: 'Rhea Reviewer',
    role: 'medical-reviewer',
    credentials: 'MD, dermatologist',
    sourcePath: 'authors/rhea-reviewer.md',
    bodyMarkdown: '',
    bodyHtml: '',
    ...overrides,
  }
}

export function makeReference(overrides: Partial<Reference> = {}): Reference {
  return {
    id: 'salem-2018-gut-skin-axis',
    title: 'The Gut Microbiome as a Major Regulator of the Gut-Skin Axis',
    authors: 'Salem I, Ramser A, Isham N, Ghannoum MA',
    journal: 'Frontiers in Microbiology',
    year: 2018,
    doi: '10.3389/fmicb.2018.01459',
    pmid: '30042740',
    link: null,
    type: 'review',
    ...overrides,
  }
}
