/// A JSON value with the position it came from, so every diagnostic can point at it.
/// Numbers keep their source text: an exported value reads exactly as its source wrote it.
public struct JSONNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double, raw: String)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    public struct Member: Sendable {
        public init(key: String, keyLine: Int, keyColumn: Int, value: JSONNode) {
            self.key = key
            self.keyLine = keyLine
            self.keyColumn = keyColumn
            self.value = value
        }

        public var key: String
        public var keyLine: Int
        public var keyColumn: Int
        public var value: JSONNode
    }

    public var value: Value
    public var line: Int
    public var column: Int

    public init(value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var typeName: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

public struct JSONParseError: Error, Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var message: String
}
