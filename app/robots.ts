import type { MetadataRoute } from 'next'
import { robotsRules } from '@/lib/publishing'

export default function robots(): MetadataRoute.Robots {
  return robotsRules()
}
