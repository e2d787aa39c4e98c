import { SetAsideNotice } from '@/components/SetAsideNotice';
import { WhatsNew } from './WhatsNew';

/** The popup's notices under its tabs: stored data set aside, and what is new after an update. */
export function Notices() {
  return (
    <>
      <SetAsideNotice className="popup__set-aside" />
      <WhatsNew />
    </>
  );
}
