// https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ModelConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config#cost_per_input_token ModelConfig#cost_per_input_token}
  */
  readonly costPerInputToken?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config#cost_per_output_token ModelConfig#cost_per_output_token}
  */
  readonly costPerOutputToken?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config#custom_parameters ModelConfig#custom_parameters}
  */
  readonly customParameters?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config#icon ModelConfig#icon}
  */
  readonly icon?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config#key ModelConfig#key}
  */
  readonly key: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config#model_id ModelConfig#model_id}
  */
  readonly modelId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config#model_provider ModelConfig#model_provider}
  */
  readonly modelProvider?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config#name ModelConfig#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config#params ModelConfig#params}
  */
  readonly params?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config#project_key ModelConfig#project_key}
  */
  readonly projectKey: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config#tags ModelConfig#tags}
  */
  readonly tags?: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config launchdarkly_model_config}
*/
export class ModelConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "launchdarkly_model_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ModelConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ModelConfig to import
  * @param importFromId The id of the existing ModelConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ModelConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "launchdarkly_model_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/model_config launchdarkly_model_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ModelConfigConfig
  */
  public constructor(scope: Construct, id: string, config: ModelConfigConfig) {
    super(scope, id, {
      terraformResourceType: 'launchdarkly_model_config',
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
    this._costPerInputToken = config.costPerInputToken;
    this._costPerOutputToken = config.costPerOutputToken;
    this._customParameters = config.customParameters;
    this._icon = config.icon;
    this._key = config.key;
    this._modelId = config.modelId;
    this._modelProvider = config.modelProvider;
    this._name = config.name;
    this._params = config.params;
    this._projectKey = config.projectKey;
    this._tags = config.tags;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cost_per_input_token - computed: true, optional: true, required: false
  private _costPerInputToken?: number; 
  public get costPerInputToken() {
    return this.getNumberAttribute('cost_per_input_token');
  }
  public set costPerInputToken(value: number) {
    this._costPerInputToken = value;
  }
  public resetCostPerInputToken() {
    this._costPerInputToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get costPerInputTokenInput() {
    return this._costPerInputToken;
  }

  // cost_per_output_token - computed: true, optional: true, required: false
  private _costPerOutputToken?: number; 
  public get costPerOutputToken() {
    return this.getNumberAttribute('cost_per_output_token');
  }
  public set costPerOutputToken(value: number) {
    this._costPerOutputToken = value;
  }
  public resetCostPerOutputToken() {
    this._costPerOutputToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get costPerOutputTokenInput() {
    return this._costPerOutputToken;
  }

  // custom_parameters - computed: true, optional: true, required: false
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

  // global - computed: true, optional: false, required: false
  public get global() {
    return this.getBooleanAttribute('global');
  }

  // icon - computed: true, optional: true, required: false
  private _icon?: string; 
  public get icon() {
    return this.getStringAttribute('icon');
  }
  public set icon(value: string) {
    this._icon = value;
  }
  public resetIcon() {
    this._icon = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iconInput() {
    return this._icon;
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

  // model_id - computed: false, optional: false, required: true
  private _modelId?: string; 
  public get modelId() {
    return this.getStringAttribute('model_id');
  }
  public set modelId(value: string) {
    this._modelId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get modelIdInput() {
    return this._modelId;
  }

  // model_provider - computed: true, optional: true, required: false
  private _modelProvider?: string; 
  public get modelProvider() {
    return this.getStringAttribute('model_provider');
  }
  public set modelProvider(value: string) {
    this._modelProvider = value;
  }
  public resetModelProvider() {
    this._modelProvider = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modelProviderInput() {
    return this._modelProvider;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // params - computed: true, optional: true, required: false
  private _params?: string; 
  public get params() {
    return this.getStringAttribute('params');
  }
  public set params(value: string) {
    this._params = value;
  }
  public resetParams() {
    this._params = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get paramsInput() {
    return this._params;
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

  // tags - computed: true, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
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
      cost_per_input_token: cdktf.numberToTerraform(this._costPerInputToken),
      cost_per_output_token: cdktf.numberToTerraform(this._costPerOutputToken),
      custom_parameters: cdktf.stringToTerraform(this._customParameters),
      icon: cdktf.stringToTerraform(this._icon),
      key: cdktf.stringToTerraform(this._key),
      model_id: cdktf.stringToTerraform(this._modelId),
      model_provider: cdktf.stringToTerraform(this._modelProvider),
      name: cdktf.stringToTerraform(this._name),
      params: cdktf.stringToTerraform(this._params),
      project_key: cdktf.stringToTerraform(this._projectKey),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cost_per_input_token: {
        value: cdktf.numberToHclTerraform(this._costPerInputToken),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cost_per_output_token: {
        value: cdktf.numberToHclTerraform(this._costPerOutputToken),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      custom_parameters: {
        value: cdktf.stringToHclTerraform(this._customParameters),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      icon: {
        value: cdktf.stringToHclTerraform(this._icon),
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
      model_id: {
        value: cdktf.stringToHclTerraform(this._modelId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      model_provider: {
        value: cdktf.stringToHclTerraform(this._modelProvider),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      params: {
        value: cdktf.stringToHclTerraform(this._params),
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
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
