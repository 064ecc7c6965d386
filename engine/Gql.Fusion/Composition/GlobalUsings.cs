global using Gql.Language;
global using Gql.Language.Syntax;
global using Gql.Types;
