import { useRegion } from '@/hooks/use-region';
import { DocumentView } from '../../components/document-view';
import { userTerms } from '../../texts';

/** 用户协议, with the county's bureau and hotline. */
export default function TermsPage() {
  return <DocumentView doc={userTerms(useRegion())} />;
}
