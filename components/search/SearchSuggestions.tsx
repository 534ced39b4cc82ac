import type { TopicSuggestion } from '@/lib/search/client'
import { TopicList } from '../TopicList'

/** The topics, offered when a search is empty or finds nothing, so the page is never blank. */
export function SearchSuggestions({ topics, title }: { topics: readonly TopicSuggestion[]; title: string }) {
  return (
    <section className="search-suggestions" aria-labelledby="search-suggestions-title">
      <h2 id="search-suggestions-title">{title}</h2>
      <TopicList topics={[...topics]} />
    </section>
  )
}
