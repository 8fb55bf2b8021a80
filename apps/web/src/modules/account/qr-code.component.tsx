// A QR code as an image. The qrcode library is loaded only when a QR code is shown (it is not part of
// the first load); it renders an SVG string, shown through a data: URL (the CSP allows img data:).
import { Skeleton } from '@mantine/core';
import { useEffect, useState } from 'react';

async function renderQrSvg(value: string): Promise<string> {
  const loaded = await import('qrcode');
  // qrcode is CommonJS: its functions sit on the default export or on the namespace, by bundler.
  const qrcode = (loaded as unknown as { default?: typeof loaded }).default ?? loaded;
  return qrcode.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export function QrCode({ value, alt, size = 184 }: { value: string; alt: string; size?: number }) {
  const [image, setImage] = useState<{ value: string; src: string } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    renderQrSvg(value).then(
      (svg) => {
        if (isCurrent)
          setImage({ value, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      },
      () => {
        if (isCurrent) setFailed(true);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [value]);
  // Without the image the key next to it still does the job.
  if (failed) return null;
  if (!image || image.value !== value) return <Skeleton width={size} height={size} radius="sm" />;
  return (
    <img
      src={image.src}
      alt={alt}
      width={size}
      height={size}
      data-testid="totp-qr-code"
      style={{ display: 'block', background: '#fff', borderRadius: 4, border: '1px solid #dee2e6' }}
    />
  );
}
