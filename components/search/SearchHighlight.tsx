import { Fragment } from 'react'
import type { Segment } from '@/lib/search/client'

/**
 * Text with the matched words in `<mark>`. Built from React text nodes, so whatever the text holds
 * (including what a reader typed) is escaped, never parsed as HTML.
 */
export function SearchHighlight({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
      )}
    </>
  )
}
