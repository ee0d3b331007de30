import ArgumentParser
import Foundation
import Images

struct ImagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "images",
        abstract: "Work on the site's original images.",
        subcommands: [Strip.self]
    )

    struct Strip: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove location and other personal metadata from images, in place.",
            discussion: """
            Rewrites the metadata of each JPEG, PNG or WebP file without decoding it: EXIF (with \
            the GPS position, camera and owner), XMP, IPTC and text chunks are removed; the pixels, \
            the colour profile and the orientation stay as they are. Commit the result, so that \
            the originals in git no longer carry the location either.
            """
        )

        @Argument(help: ArgumentHelp("The image files.", valueName: "file"))
        var files: [String]

        func run() throws {
            var failed = false
            for file in files {
                guard let format = ImageFormat(fileExtension: (file as NSString).pathExtension), [.jpeg, .png, .webp].contains(format) else {
                    FileHandle.standardError.write(Data("\(file): error: only JPEG, PNG and WebP files carry metadata torg can strip\n".utf8))
                    failed = true
                    continue
                }
                guard let data = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("\(file): error: the file cannot be read\n  hint: check the path and its permissions\n".utf8))
                    failed = true
                    continue
                }
                guard let stripped = MetadataStripper.strip([UInt8](data), format: format) else {
                    FileHandle.standardError.write(Data("\(file): error: the file is not a well-formed \(format.rawValue) image\n  hint: open and save it again in an image editor\n".utf8))
                    failed = true
                    continue
                }
                do {
                    try Data(stripped).write(to: URL(fileURLWithPath: file), options: .atomic)
                    print("torg: \(file): \(data.count - stripped.count) bytes of metadata removed")
                } catch {
                    FileHandle.standardError.write(Data("\(file): error: the file cannot be written\n  hint: check its permissions\n".utf8))
                    failed = true
                }
            }
            if failed { throw ExitCode.failure }
        }
    }
}
