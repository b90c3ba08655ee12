/** Last line of defence: a rendering bug shows a message bar, never a blank pane or a stack trace. */
import { Component, type ReactNode } from 'react';
import type { Lang } from '../core';
import { paneMessage } from './logic/errors';
import { MessageBox } from './MessageBox';

interface Props {
  lang: Lang;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(): void {
    // Nothing is reported anywhere: the add-in sends no telemetry.
  }

  render(): ReactNode {
    if (this.state.failed) return <MessageBox message={paneMessage(new Error('render'), this.props.lang)} />;
    return this.props.children;
  }
}
