/** A failure or a note as a Fluent message bar: a title saying what happened, a line saying what to do. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PaneMessage } from './logic/errors';

export function MessageBox({ message }: { message: PaneMessage | null }): JSX.Element | null {
  if (!message) return null;
  return (
    <MessageBar intent={message.intent} layout="multiline" role={message.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        <div>{message.body}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
