// The Typst main source of the certificate PDF. It reads everything it prints from
// `sys.inputs.data` (see pdf-data.ts) and inserts those strings as text: no user string is ever
// evaluated as Typst markup. German words (page label, continuation text) come in as data too.
export const typstTemplate = `
#let data = json(bytes(sys.inputs.data))
#let mm(value) = value * 1mm
#let margins = data.margins
#let letterhead = data.letterhead
#let body-width = 210mm - mm(margins.left) - mm(margins.right)
// The company block starts where DIN 5008 puts the information block: 125 mm from the left edge.
#let address-width = calc.min(calc.max(85mm - mm(margins.right), 55mm), body-width / 2)
#let muted = luma(85)
#let hairline = 0.4pt + luma(160)
#let lines(texts) = texts.map(line => [#line]).join(linebreak())
#let leading = (data.font.lineSpacing - 1) * 1em
#let spacing = leading + 0.6em

#set document(
  title: data.meta.title,
  author: data.meta.author,
  date: datetime(year: data.meta.date.year, month: data.meta.date.month, day: data.meta.date.day),
)
#set text(
  font: data.font.family,
  size: data.font.size * 1pt,
  lang: "de",
  region: "DE",
  top-edge: 0.8em,
  bottom-edge: -0.2em,
)
#set smartquote(enabled: false)
#set par(justify: data.justify, leading: leading, spacing: spacing)
#set block(spacing: spacing)
#set list(marker: [–], indent: 0.4em, body-indent: 0.8em)

#let continuation = context {
  let current = counter(page).get().first()
  if current > 1 {
    set text(size: 0.8em, fill: muted)
    set par(justify: false)
    grid(
      columns: (1fr, auto),
      column-gutter: 1em,
      data.continuation.text,
      [#data.continuation.page #current #data.continuation.of #counter(page).final().first()],
    )
    v(-0.5em)
    line(length: 100%, stroke: hairline)
  }
}

#let footer = if data.footer.len() > 0 {
  set text(size: 0.68em, fill: muted, hyphenate: false)
  set par(justify: false, leading: 0.35em)
  line(length: 100%, stroke: hairline)
  v(-0.6em)
  align(center, lines(data.footer))
}

#let background = if letterhead.background != none {
  let image-file = letterhead.background
  image(image-file.path, format: image-file.format, width: 100%, height: 100%, fit: "stretch")
}

#set page(
  paper: "a4",
  margin: (top: mm(margins.top), right: mm(margins.right), bottom: mm(margins.bottom), left: mm(margins.left)),
  header: continuation,
  footer: footer,
  background: background,
)

#show heading: set text(
  size: data.heading.size * 1pt,
  weight: if data.heading.bold { "bold" } else { "regular" },
  hyphenate: false,
)
#show heading: set align(if data.heading.centered { center } else { left })
#show heading: set block(above: 0pt, below: 1.6em)

#let logo = if letterhead.logo != none {
  let logo = letterhead.logo
  image(logo.path, format: logo.format, width: mm(logo.width))
}
#let address = if letterhead.addressBlock.len() > 0 {
  set text(size: 0.8em, hyphenate: false)
  set par(justify: false, leading: 0.45em)
  block(width: address-width, lines(letterhead.addressBlock))
}

// The letterhead at the top of page 1: a left logo shares the row with the company block; a centred or
// right logo (or one too wide to share) stands above it.
#let letterhead-block = {
  let side-by-side = (
    logo != none and letterhead.logo.position == "left"
      and mm(letterhead.logo.width) + 8mm <= body-width - address-width
  )
  if side-by-side {
    grid(columns: (1fr, address-width), logo, address)
  } else {
    if logo != none {
      align((left: left, center: center, right: right).at(letterhead.logo.position), logo)
    }
    if address != none { align(right, address) }
  }
  if letterhead.senderLine != none {
    v(6mm)
    text(size: 0.68em, fill: muted, hyphenate: false, letterhead.senderLine)
    v(-0.5em)
    line(length: 100%, stroke: hairline)
  }
  if logo != none or address != none or letterhead.senderLine != none { v(8mm) }
}

#let signer-cell(signer) = {
  set par(justify: false)
  v(mm(data.signatureSpace))
  line(length: 100%, stroke: 0.5pt)
  v(-0.4em)
  block(spacing: 0.5em, [#signer.name])
  block(spacing: 0.5em, text(size: 0.9em, signer.function))
}

#let signatures(signers) = block(breakable: false, above: 0pt, grid(
  columns: (1fr, 1fr),
  column-gutter: 15mm,
  row-gutter: 8mm,
  ..signers.map(signer-cell),
))

// Each item is its own unbreakable block: the first two and the last two items stay together, so a page
// break never leaves a single item behind. Items are set ragged and unhyphenated: a list reads better so,
// and text extractors (pdf.js) drop the hyphen glyph Typst maps to U+00AD.
#let list-items(items) = {
  let last = items.len() - 1
  for (index, entry) in items.enumerate() {
    block(
      width: 100%,
      breakable: false,
      sticky: (index == 0 and last > 0) or index == last - 1,
      above: if index == 0 { spacing } else { leading },
      below: if index == last { spacing } else { leading },
      list(par(justify: false, text(hyphenate: false, entry))),
    )
  }
}

#letterhead-block
#for item in data.blocks {
  if item.type == "heading" {
    heading(level: 1, outlined: false, item.text)
  } else if item.type == "paragraph" {
    let body = par(item.runs.join(" "))
    // An auto-width block would shrink a justified paragraph to its widest line: give it the full width.
    if item.keepWithNext { block(width: 100%, sticky: true, body) } else { body }
  } else if item.type == "list" {
    list-items(item.items)
  } else if item.type == "dateLine" {
    block(width: 100%, sticky: true, above: 2 * spacing, par(justify: false, item.text))
  } else if item.type == "signatures" {
    signatures(item.signers)
  }
}
`;
