// https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/ai_tool
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AiToolConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/ai_tool#custom_parameters AiTool#custom_parameters}
  */
  readonly customParameters?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/ai_tool#description AiTool#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/ai_tool#key AiTool#key}
  */
  readonly key: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/ai_tool#maintainer_id AiTool#maintainer_id}
  */
  readonly maintainerId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/ai_tool#maintainer_team_key AiTool#maintainer_team_key}
  */
  readonly maintainerTeamKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/ai_tool#project_key AiTool#project_key}
  */
  readonly projectKey: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/ai_tool#schema_json AiTool#schema_json}
  */
  readonly schemaJson: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/ai_tool launchdarkly_ai_tool}
*/
export class AiTool extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "launchdarkly_ai_tool";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AiTool resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AiTool to import
  * @param importFromId The id of the existing AiTool that should be imported. Refer to the {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/ai_tool#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AiTool to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "launchdarkly_ai_tool", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/ai_tool launchdarkly_ai_tool} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AiToolConfig
  */
  public constructor(scope: Construct, id: string, config: AiToolConfig) {
    super(scope, id, {
      terraformResourceType: 'launchdarkly_ai_tool',
      terraformGeneratorMetadata: {
        providerName: 'launchdarkly',
        providerVersion: '3.1.3'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._customParameters = config.customParameters;
    this._description = config.description;
    this._key = config.key;
    this._maintainerId = config.maintainerId;
    this._maintainerTeamKey = config.maintainerTeamKey;
    this._projectKey = config.projectKey;
    this._schemaJson = config.schemaJson;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // creation_date - computed: true, optional: false, required: false
  public get creationDate() {
    return this.getNumberAttribute('creation_date');
  }

  // custom_parameters - computed: false, optional: true, required: false
  private _customParameters?: string; 
  public get customParameters() {
    return this.getStringAttribute('custom_parameters');
  }
  public set customParameters(value: string) {
    this._customParameters = value;
  }
  public resetCustomParameters() {
    this._customParameters = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customParametersInput() {
    return this._customParameters;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // maintainer_id - computed: true, optional: true, required: false
  private _maintainerId?: string; 
  public get maintainerId() {
    return this.getStringAttribute('maintainer_id');
  }
  public set maintainerId(value: string) {
    this._maintainerId = value;
  }
  public resetMaintainerId() {
    this._maintainerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maintainerIdInput() {
    return this._maintainerId;
  }

  // maintainer_team_key - computed: true, optional: true, required: false
  private _maintainerTeamKey?: string; 
  public get maintainerTeamKey() {
    return this.getStringAttribute('maintainer_team_key');
  }
  public set maintainerTeamKey(value: string) {
    this._maintainerTeamKey = value;
  }
  public resetMaintainerTeamKey() {
    this._maintainerTeamKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maintainerTeamKeyInput() {
    return this._maintainerTeamKey;
  }

  // project_key - computed: false, optional: false, required: true
  private _projectKey?: string; 
  public get projectKey() {
    return this.getStringAttribute('project_key');
  }
  public set projectKey(value: string) {
    this._projectKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get projectKeyInput() {
    return this._projectKey;
  }

  // schema_json - computed: false, optional: false, required: true
  private _schemaJson?: string; 
  public get schemaJson() {
    return this.getStringAttribute('schema_json');
  }
  public set schemaJson(value: string) {
    this._schemaJson = value;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaJsonInput() {
    return this._schemaJson;
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getNumberAttribute('version');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      custom_parameters: cdktf.stringToTerraform(this._customParameters),
      description: cdktf.stringToTerraform(this._description),
      key: cdktf.stringToTerraform(this._key),
      maintainer_id: cdktf.stringToTerraform(this._maintainerId),
      maintainer_team_key: cdktf.stringToTerraform(this._maintainerTeamKey),
      project_key: cdktf.stringToTerraform(this._projectKey),
      schema_json: cdktf.stringToTerraform(this._schemaJson),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      custom_parameters: {
        value: cdktf.stringToHclTerraform(this._customParameters),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key: {
        value: cdktf.stringToHclTerraform(this._key),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      maintainer_id: {
        value: cdktf.stringToHclTerraform(this._maintainerId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      maintainer_team_key: {
        value: cdktf.stringToHclTerraform(this._maintainerTeamKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_key: {
        value: cdktf.stringToHclTerraform(this._projectKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      schema_json: {
        value: cdktf.stringToHclTerraform(this._schemaJson),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
