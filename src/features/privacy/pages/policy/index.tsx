import { useRegion } from '@/hooks/use-region';
import { DocumentView } from '../../components/document-view';
import { privacyPolicy } from '../../texts';

/** 隐私政策, with the county's bureau, council and hotlines. */
export default function PolicyPage() {
  return <DocumentView doc={privacyPolicy(useRegion())} />;
}
