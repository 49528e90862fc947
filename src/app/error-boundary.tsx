import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Keeps one failing panel from taking the page down: the panel shows what failed, the rest keeps working. */
export class PanelErrorBoundary extends Component<{ name: string; children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.name} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert" className="panel-message">
        The {this.props.name} could not be shown ({this.state.error.message}). The rest of the page still works.
      </div>
    );
  }
}
