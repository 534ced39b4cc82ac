import type { TocEntry } from '@/lib/content'

function Entries({ entries }: { entries: TocEntry[] }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`}>{entry.text}</a>
          {entry.children.length > 0 ? <Entries entries={entry.children} /> : null}
        </li>
      ))}
    </ol>
  )
}

/** "On this page": links to an article's sections; nothing for an article too short to need it. */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null
  return (
    <nav className="table-of-contents" aria-labelledby="toc-title">
      <h2 id="toc-title">On this page</h2>
      <Entries entries={entries} />
    </nav>
  )
}
