import AtomicFiles
import Foundation
import Testing

@Suite("Folder locks")
struct FolderLockTests {
    let folder = NSTemporaryDirectory() + "folder-lock-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test("A second lock on a locked folder gives up after its wait")
    func busy() throws {
        let first = try FolderLock(folder: folder, timeout: 0)
        #expect(throws: FolderLock.Failure.busy) { _ = try FolderLock(folder: folder, timeout: 0.2) }
        withExtendedLifetime(first) {}
    }

    @Test("A lock is free again once its holder is gone")
    func released() throws {
        do { _ = try FolderLock(folder: folder, timeout: 0) }
        let again = try FolderLock(folder: folder, timeout: 0)
        #expect(again.folder == folder)
    }

    @Test("A lock waits for the holder to let go")
    func waits() throws {
        var first: FolderLock? = try FolderLock(folder: folder, timeout: 0)
        let released = DispatchSemaphore(value: 0)
        let path = folder
        let waiter = Thread {
            let second = try? FolderLock(folder: path, timeout: 10)
            #expect(second != nil)
            released.signal()
        }
        waiter.start()
        usleep(200_000)
        first = nil
        #expect(released.wait(timeout: .now() + 10) == .success)
        _ = first
    }

    @Test("A symbolic link planted as the lock file is not followed")
    func symlinkRefused() throws {
        let target = folder + "/elsewhere"
        try symlinkOrThrow(target, folder + "/" + FolderLock.fileName)
        #expect(throws: FolderLock.Failure.unusable(FileSystemError(path: folder + "/" + FolderLock.fileName, code: ELOOP))) {
            _ = try FolderLock(folder: folder, timeout: 0)
        }
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test("A FIFO named like the lock file is refused without blocking")
    func fifoRefused() throws {
        #expect(mkfifo(folder + "/" + FolderLock.fileName, 0o644) == 0)
        #expect(throws: FolderLock.Failure.notARegularFile(path: folder + "/" + FolderLock.fileName)) {
            _ = try FolderLock(folder: folder, timeout: 0)
        }
    }

    private func symlinkOrThrow(_ target: String, _ link: String) throws {
        guard symlink(target, link) == 0 else { throw FileSystemError(path: link, code: errno) }
    }
}
