import Foundation

/// The libFuzzer entry point. One binary holds every target; `TORG_FUZZ_TARGET` picks one
/// (`frontmatter`, `markdown`, `blocks`, `linkedevents`), so `make fuzz` builds once.
/// A crash, a hang or a sanitizer report is a failure; diagnostics about bad input are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    switch FuzzTarget.selected {
    case .frontMatter: FuzzTarget.frontMatter(text)
    case .markdown: FuzzTarget.markdown(text)
    case .blocks: FuzzTarget.blocks(text)
    case .linkedEvents: FuzzTarget.linkedEvents(text)
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable target's entry as `main`; libFuzzer's driver does the rest.
@_cdecl("TorgFuzz_main")
public func torgFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var vector = argv
    return runFuzzerDriver(&count, &vector) { data, size in fuzz(data, size) }
}
