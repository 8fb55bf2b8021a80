// The icons of the step forms' list buttons (move, remove, add), as inline SVG like the app's other
// icons. Decorative only: every button that shows one carries an accessible name of its own.
import type { ReactNode, SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function StepIcon({ size = 16, children, ...props }: IconProps & { children: ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

export const ArrowUpIcon = (props: IconProps) => (
  <StepIcon {...props}>
    <path d="M12 19V5M6 11l6-6 6 6" />
  </StepIcon>
);

export const ArrowDownIcon = (props: IconProps) => (
  <StepIcon {...props}>
    <path d="M12 5v14M6 13l6 6 6-6" />
  </StepIcon>
);

export const TrashIcon = (props: IconProps) => (
  <StepIcon {...props}>
    <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
  </StepIcon>
);

export const PlusIcon = (props: IconProps) => (
  <StepIcon {...props}>
    <path d="M12 5v14M5 12h14" />
  </StepIcon>
);
