import type { Metadata } from 'next'
import { SearchPage } from '@/components/search/SearchPage'
import { pageMetadata } from '@/lib/publishing'
import { getSiteSearch, MAX_QUERY_LENGTH, PAGE_RESULTS } from '@/lib/search'
import { SEARCH_PATH } from '@/lib/routes'

// Every query's page names /search as its canonical address, so search engines index the search
// page once rather than each query's results.
export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search every article on the gut–skin axis by word, condition, nutrient or topic.',
  path: SEARCH_PATH,
})

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * `/search?q=…&topic=…`, rendered on the server for every request, so a plain form submit (no
 * JavaScript) shows the results. An unknown topic or an overlong query is answered with a notice
 * rather than an error page; the API is the strict one.
 */
export default async function SearchRoute({ searchParams }: Props) {
  const params = await searchParams
  const search = getSiteSearch()
  const query = first(params.q) ?? ''
  const requestedTopic = first(params.topic)?.trim() || null
  const topic = requestedTopic && search.topicSlugs().includes(requestedTopic) ? requestedTopic : null
  const notices: string[] = []
  if (requestedTopic && !topic) notices.push(`There is no topic “${requestedTopic}”, so every topic was searched.`)
  if ([...query.trim()].length > MAX_QUERY_LENGTH)
    notices.push(`Searches are limited to ${MAX_QUERY_LENGTH} characters; yours was cut short.`)
  const response = query.trim() ? search.search({ query, topic, limit: PAGE_RESULTS }) : null
  return (
    <>
      <h1>Search</h1>
      <SearchPage
        key={`${query}\u0000${topic ?? ''}`}
        initialQuery={response?.query ?? ''}
        initialTopic={topic}
        initialResponse={response}
        suggestions={search.topicSuggestions()}
        notices={notices}
      />
    </>
  )
}
